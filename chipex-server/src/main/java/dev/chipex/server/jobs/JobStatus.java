package dev.chipex.server.jobs;

import java.util.Locale;

/** Where a job stands: waiting for the executor, running, done with a result, or failed. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
