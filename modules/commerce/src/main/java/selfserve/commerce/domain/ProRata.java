package selfserve.commerce.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Term;

/** What licenses added during a term cost: their share of the term that is left, to the second. */
public final class ProRata {

    private ProRata() {
    }

    public static Money forAddedLicenses(Money perLicensePerMonth, Term term, int added, Instant now, Instant termStart,
                                         Instant termEnd) {
        if (!now.isBefore(termEnd) || added <= 0) {
            return new Money(BigDecimal.ZERO, perLicensePerMonth.currency());
        }
        BigDecimal left = BigDecimal.valueOf(Duration.between(now.isAfter(termStart) ? now : termStart, termEnd).toSeconds());
        BigDecimal whole = BigDecimal.valueOf(Duration.between(termStart, termEnd).toSeconds());
        BigDecimal fullTerm = perLicensePerMonth.amount().multiply(BigDecimal.valueOf((long) added * term.months()));
        return new Money(fullTerm.multiply(left).divide(whole, MathContext.DECIMAL64), perLicensePerMonth.currency());
    }
}
