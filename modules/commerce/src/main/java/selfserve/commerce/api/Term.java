package selfserve.commerce.api;

/** How long a subscription commits for; the whole term is charged when it starts or renews. */
public enum Term {
    MONTHLY(1), ANNUAL(12);

    private final int months;

    Term(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
