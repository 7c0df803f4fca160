package io.cureflow.account.internal.intake;

/**
 * Running totals of an import. {@code accepted} counts accounts created, {@code updated} accounts that already existed
 * and were updated, {@code rejected} rows refused; the three add up to the data rows processed.
 */
record ImportCounts(long rowsProcessed, long accepted, long updated, long rejected) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    ImportCounts plus(long accepted, long updated, long rejected) {
        return new ImportCounts(rowsProcessed + accepted + updated + rejected, this.accepted + accepted,
                this.updated + updated, this.rejected + rejected);
    }
}
