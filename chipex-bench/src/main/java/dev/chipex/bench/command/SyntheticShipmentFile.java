package dev.chipex.bench.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a seeded shipment file in the columns of {@code chipex check --input}, in date order as
 * an export log would be: 2024-2027 (so every regime has something in force), chips from the
 * catalog (controlled and not), quantities from 1 to about 20,000, destinations weighted toward
 * big buyers, 20,000 consignees (so LPP quotas fill up), and a few VEU claims.
 */
public final class SyntheticShipmentFile {
    static final String HEADER = "id,date,item,quantity,destination,consignee,consignee_hq,veu";
    private static final List<String> CHIPS = List.of("H100", "H200", "B200", "A100", "MI300X", "Gaudi 3 OAM", "L40S",
            "H20", "RTX 4090", "L4", "GB200", "A800", "H800");
    private static final List<String> COUNTRIES = List.of("US", "US", "US", "GB", "JP", "DE", "FR", "KR", "TW", "NL",
            "IN", "IN", "AE", "SA", "SG", "MY", "TH", "VN", "BR", "MX", "IL", "PL", "CH", "ID", "TR", "EG", "ZA", "CN",
            "CN", "HK", "MO", "RU", "IR", "KH", "PK", "NG", "CA", "AU", "IT", "ES");
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2027, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;

    private SyntheticShipmentFile() {
    }

    public static void write(Path file, long seed, int rows) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                LocalDate date = FIRST.plusDays((long) i * DAYS / rows);
                String destination = pick(random, COUNTRIES);
                int consignee = random.nextInt(20_000);
                String headquarters = random.nextInt(5) == 0 ? pick(random, COUNTRIES) : destination;
                long quantity = Math.max(1, (long) Math.exp(random.nextDouble() * Math.log(20_000)));
                int veu = random.nextInt(50);
                out.write("t" + i + "," + date + "," + pick(random, CHIPS) + "," + quantity + "," + destination
                        + ",Consignee " + consignee + " Ltd," + headquarters + "," + (veu == 0 ? "UVEU" : veu == 1 ? "NVEU" : ""));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
