package dev.chipex.cli;

import dev.chipex.core.ledger.AccountIds;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.Adjustment;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.quota.QuotaAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code chipex ledger}: the durable quota ledger, its accounts, reservations and audit. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"The durable quota ledger: accounts in TPP (H100e alongside), reservations for pending",
                "shipments, commits and releases, regulator adjustments, agreements, and an append-only",
                "hash-chained journal that 'verify' re-derives every balance from.",
                "",
                "Accounts are KIND/holder/period, KIND one of CONSIGNEE_YEAR (LPP), COUNTRY_ALLOCATION,",
                "DEAL, VEU_COUNTRY; e.g. COUNTRY_ALLOCATION/IN/2025-2027.",
                "Every change takes --idempotency-key (default: a new random key, printed): a retry with",
                "the same key returns the first result and never debits twice."},
        subcommands = {LedgerAgreementsCommand.class, LedgerVeuCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the ledger could not be reached", "2:invalid input",
                "3:unknown account or reservation", "4:refused: the quota would be overdrawn, or the change clashes",
                "5:verify found the journal edited, deleted or out of step with the balances"})
final class LedgerCommand {
    @Mixin
    LedgerOptions options;

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Create the ledger (or upgrade its schema) and say where it is.")
    int init() {
        try (QuotaLedger ledger = options.open()) {
            options.print(java.util.List.of(LedgerOutput.row("ledger",
                    options.location().replaceAll("(?i)(password=)[^&]*", "$1***"),
                    "accounts", ledger.accounts().size(), "entries", ledger.verify().entriesChecked())), true);
        }
        return ExitCodes.OK;
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = "Open an account with its capacity (a regulator's act).")
    int open(@Parameters(paramLabel = "ACCOUNT") String account, @Mixin AmountOptions capacity,
             @Option(names = "--reason", required = true, description = "Why: the rule or document.") String reason,
             @Mixin RequestOptions request) {
        try (QuotaLedger ledger = options.open()) {
            return options.report(ledger.openAccount(request.as(Actor.Role.REGULATOR), AccountIds.parse(account),
                    capacity.tpp("capacity"), reason));
        }
    }

    @Command(name = "accounts", mixinStandardHelpOptions = true, description = "Every account with its balances.")
    int accounts() {
        try (QuotaLedger ledger = options.open()) {
            options.print(ledger.accounts().stream().map(LedgerOptions::balanceRow).collect(Collectors.toList()), false);
        }
        return ExitCodes.OK;
    }

    @Command(name = "balance", mixinStandardHelpOptions = true, description = "One account's capacity, committed, reserved and available quota.")
    int balance(@Parameters(paramLabel = "ACCOUNT") String account) {
        QuotaAccount id = AccountIds.parse(account);
        try (QuotaLedger ledger = options.open()) {
            var balance = ledger.balance(id).orElseThrow(() -> InvalidInputException.of("account",
                    "unknown account " + id + "; 'chipex ledger accounts' lists them"));
            options.print(java.util.List.of(LedgerOptions.balanceRow(balance)), true);
        }
        return ExitCodes.OK;
    }

    @Command(name = "reserve", mixinStandardHelpOptions = true, description = "Hold quota for a pending shipment; refused (exit 4) if it does not fit.")
    int reserve(@Parameters(paramLabel = "ACCOUNT") String account, @Mixin AmountOptions amount,
                @Option(names = "--hold-hours", defaultValue = "24", paramLabel = "HOURS",
                        description = "How long the reservation holds before it expires (default: ${DEFAULT-VALUE}).")
                long hours,
                @Mixin RequestOptions request) {
        if (hours <= 0) {
            throw InvalidInputException.of("--hold-hours", "a reservation holds for at least 1 hour");
        }
        try (QuotaLedger ledger = options.open()) {
            return options.report(ledger.reserve(request.as(Actor.Role.EXPORTER), AccountIds.parse(account),
                    amount.tpp("amount"), Instant.now().plus(Duration.ofHours(hours))));
        }
    }

    @Command(name = "commit", mixinStandardHelpOptions = true, description = "Turn a reservation into use: the shipment went.")
    int commit(@Parameters(paramLabel = "RESERVATION") String reservation, @Mixin RequestOptions request) {
        try (QuotaLedger ledger = options.open()) {
            return options.report(ledger.commit(request.as(Actor.Role.EXPORTER), reservation));
        }
    }

    @Command(name = "release", mixinStandardHelpOptions = true, description = "Give a reservation back: the shipment will not go.")
    int release(@Parameters(paramLabel = "RESERVATION") String reservation, @Mixin RequestOptions request) {
        try (QuotaLedger ledger = options.open()) {
            return options.report(ledger.release(request.as(Actor.Role.EXPORTER), reservation));
        }
    }

    @Command(name = "adjust", mixinStandardHelpOptions = true, description = "Change an account's capacity or use by a signed amount (a regulator's act).")
    int adjust(@Parameters(paramLabel = "ACCOUNT") String account,
               @Option(names = "--capacity", paramLabel = "DELTA_TPP", description = "Change the capacity by this.")
               Long capacity,
               @Option(names = "--use", paramLabel = "DELTA_TPP", description = "Change the committed use by this.")
               Long use,
               @Option(names = "--reason", required = true, description = "Why: the agreement, letter or error.")
               String reason,
               @Mixin RequestOptions request) {
        if ((capacity == null) == (use == null) || (capacity != null ? capacity : use) == 0) {
            throw InvalidInputException.of("--capacity/--use", "give exactly one non-zero change: --capacity or --use");
        }
        Adjustment adjustment = capacity != null ? new Adjustment(Adjustment.Target.CAPACITY, capacity, reason)
                : new Adjustment(Adjustment.Target.USE, use, reason);
        try (QuotaLedger ledger = options.open()) {
            return options.report(ledger.adjust(request.as(Actor.Role.REGULATOR), AccountIds.parse(account), adjustment));
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {"Re-derive every balance from the journal and check the hash chain;",
            "names the first edited or deleted entry. Exit 5 when anything is wrong."})
    int verify() {
        try (QuotaLedger ledger = options.open()) {
            LedgerAudit audit = ledger.verify();
            var rows = audit.findings().stream().map(f -> LedgerOutput.row("sequence", f.sequence(),
                    "finding", f.kind().name(), "message", f.message())).collect(Collectors.toList());
            if (audit.passed()) {
                options.print(java.util.List.of(LedgerOutput.row("verified", true, "entries", audit.entriesChecked(),
                        "headHash", audit.head().hash())), true);
                return ExitCodes.OK;
            }
            options.print(rows, false);
            return ExitCodes.AUDIT_FAILED;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Journal entries, oldest first: all, or one account's.")
    int history(@Parameters(paramLabel = "ACCOUNT", arity = "0..1",
                        description = "An account id, a fleet position (veu@country) or an agreement id.") String account,
                @Option(names = "--after", defaultValue = "0", paramLabel = "SEQ",
                        description = "Only entries after this sequence number.") long after,
                @Option(names = "--limit", defaultValue = "100", paramLabel = "N",
                        description = "At most this many (default: ${DEFAULT-VALUE}).") int limit) {
        if (limit <= 0) {
            throw InvalidInputException.of("--limit", "give a positive number of entries");
        }
        try (QuotaLedger ledger = options.open()) {
            options.print(ledger.history(java.util.Optional.ofNullable(account), after, limit).stream()
                    .map(LedgerOptions::entryRow).collect(Collectors.toList()), false);
        }
        return ExitCodes.OK;
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "The whole journal, oldest first (use --format json or csv).")
    int export() {
        try (QuotaLedger ledger = options.open()) {
            var rows = new java.util.ArrayList<java.util.Map<String, Object>>();
            for (long after = 0; ; ) {
                var page = ledger.history(java.util.Optional.empty(), after, 1_000);
                if (page.isEmpty()) {
                    break;
                }
                page.forEach(e -> rows.add(LedgerOptions.entryRow(e)));
                after = page.get(page.size() - 1).sequence();
            }
            options.print(rows, false);
        }
        return ExitCodes.OK;
    }

    /** The idempotency key and the actor of a state-changing command. */
    static final class RequestOptions {
        @Option(names = "--idempotency-key", paramLabel = "KEY",
                description = "Makes a retry safe: the same key returns the first result. Default: a new random key.")
        String key;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who asks; recorded in the journal. Default: your login.")
        String actor;

        LedgerRequest as(Actor.Role role) {
            String name = actor != null ? actor : System.getProperty("user.name", "unknown");
            try {
                return LedgerRequest.of(key != null ? key : UUID.randomUUID().toString(), new Actor(name, role));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("--idempotency-key", e.getMessage());
            }
        }
    }
}
