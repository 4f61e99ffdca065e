#!/usr/bin/env python3
"""Cuts the shared data sets down to what chipex-sim's world demand model reads.

Run from the repository root when ../shared/data is refreshed:
    python3 scripts/world-demand-data.py ../shared/data
It rewrites the CSVs in chipex-sim/src/main/resources/dev/chipex/sim/world/ (see WORLD-DATA.PROVENANCE.md
there): only the columns and rows the model uses, dates as ISO, nothing else changed. Values are copied
as the source writes them; every sum, fit and correction happens in the Java model, so its notes can
count what it did.
"""
import csv
import datetime
import os
import sys

OUT = os.path.join("chipex-sim", "src", "main", "resources", "dev", "chipex", "sim", "world")


def iso(text):
    """The sources mix M/D/YYYY, M/D/YY and YYYY-MM-DD (their PROVENANCE says so)."""
    text = text.strip()
    if "-" in text:
        return text[:10]
    m, d, y = text.split("/")
    y = int(y)
    return datetime.date(y + 2000 if y < 100 else y, int(m), int(d)).isoformat()


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, header, out_rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(out_rows)


def chip_sales(data):
    files = [("Nvidia", "nvidia_calendar_quarter_chip_timelines.csv"), ("Google", "tpu_calendar_quarter_chip_timelines.csv"),
             ("AMD", "amd_chip_timelines.csv"), ("Amazon", "trainium_chip_timelines.csv")]
    out = []
    for designer, name in files:
        for r in rows(os.path.join(data, "epoch-ai-chip-sales", name)):
            out.append([designer, r["Chip type"], iso(r["Start date"]), iso(r["End date"]), r["H100e (5th percentile)"],
                        r["Compute estimate in H100e (median)"], r["H100e (95th percentile)"],
                        "yes" if r["Notes"].startswith("Incomplete") else "", name])
    write("chip-sales.csv", ["designer", "chip", "start", "end", "h100e_p05", "h100e_median", "h100e_p95", "incomplete",
                             "source_file"], out)


def chip_owners(data):
    files = [("nvidia_owners_quarters.csv", "quarter"), ("amd_owners_quarters.csv", "quarter"),
             ("tpu_owners_cumulative_totals.csv", "cumulative"), ("trainium_owners_cumulative_totals.csv", "cumulative"),
             ("coreweave_owners_cumulative_totals.csv", "cumulative"),
             ("nvidia_owners_OTHER_cumulative_totals.csv", "cumulative"),
             ("named_other_owners_cumulative_totals.csv", "cumulative")]
    out = []
    for name, kind in files:
        for r in rows(os.path.join(data, "epoch-ai-chip-owners", name)):
            out.append([r["Owner"], r["Chip manufacturer"], kind, iso(r["Start date"]), iso(r["End date"]),
                        r["Compute estimate in H100e (median)"], name])
    write("chip-owners.csv", ["owner", "designer", "kind", "start", "end", "h100e_median", "source_file"], out)


def data_center_sites(data, crosswalk):
    folder = os.path.join(data, "epoch-frontier-data-centers")
    sites = {r["Name"]: r for r in rows(os.path.join(folder, "data_centers.csv"))}
    out = []
    for r in rows(os.path.join(folder, "data_center_timelines.csv")):
        site = sites.get(r["Data center"], {})
        out.append([r["Data center"], site.get("Owner", ""), crosswalk.get(site.get("Country", ""), ""), r["Date"],
                    r["H100 equivalents"]])
    write("data-center-timelines.csv", ["site", "owner", "country", "date", "h100e"], out)


def countries(data):
    alpha2 = {r["ISO3166-1-Alpha-3"]: r["ISO3166-1-Alpha-2"] for r in rows(os.path.join(data, "country-codes",
                                                                                          "country-codes.csv"))
              if r["ISO3166-1-Alpha-3"].strip()}

    def latest(path):
        best = {}
        for r in rows(path):
            code = r["Country Code"]
            if code in alpha2 and (code not in best or int(r["Year"]) > int(best[code]["Year"])):
                best[code] = r
        return best

    gdp = latest(os.path.join(data, "worldbank-gdp", "gdp.csv"))
    population = latest(os.path.join(data, "worldbank-population", "population.csv"))
    out = []
    for code in sorted(set(gdp) & set(population), key=lambda c: alpha2[c]):
        out.append([alpha2[code], gdp[code]["Value"], gdp[code]["Year"], population[code]["Value"],
                    population[code]["Year"], "World Bank WDI"])
    # World Bank WDI has no Taiwan (its PROVENANCE); without a row it would get no demand at all.
    out.append(["TW", "815000000000", "2024", "23196178", "2022",
                "Wikipedia 'Economy of Taiwan' infobox: population 23,196,178 (May 2022) x nominal GDP per capita "
                "USD 35,129 (2024, IMF); not World Bank data"])
    out.sort(key=lambda r: r[0])
    write("countries.csv", ["country", "gdp_usd", "gdp_year", "population", "population_year", "source"], out)


def ml_hardware(data):
    out = []
    for r in rows(os.path.join(data, "epoch-ml-hardware", "ml_hardware.csv")):
        if r["Total processing performance (bit-OP/s)"].strip():
            out.append([r["Hardware name"], r["Total processing performance (bit-OP/s)"]])
    path = os.path.join("chipex-sim", "src", "main", "resources", "dev", "chipex", "sim", "demand", "ml-hardware-tpp.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hardware", "tpp_bit_ops"])
        w.writerows(out)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
    crosswalk = {r["epoch_country"]: r["iso3166_alpha2"] for r in rows(os.path.join(data, "crosswalks",
                                                                                   "epoch_country_to_iso2.csv"))}
    os.makedirs(OUT, exist_ok=True)
    chip_sales(data)
    chip_owners(data)
    data_center_sites(data, crosswalk)
    countries(data)
    ml_hardware(data)


if __name__ == "__main__":
    main()
