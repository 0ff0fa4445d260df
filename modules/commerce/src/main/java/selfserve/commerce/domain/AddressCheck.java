package selfserve.commerce.domain;

import java.util.Locale;
import java.util.Set;
import selfserve.commerce.api.BillingAddress;
import selfserve.identity.api.SelfServeException;

/**
 * A billing address as SelfServe keeps it: blank parts left out, each part within its column, the
 * country an ISO 3166 code in capitals. An address with nothing in it is no address (null).
 */
public final class AddressCheck {

    public static final int LONGEST_LINE = 200;
    public static final int LONGEST_CITY = 100;
    public static final int LONGEST_POSTAL_CODE = 20;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private AddressCheck() {
    }

    /** The address cleaned up, or null when it is empty; refused when a part is too long or the country unknown. */
    public static BillingAddress check(BillingAddress address) {
        if (address == null) {
            return null;
        }
        String line1 = clean(address.line1(), LONGEST_LINE);
        String line2 = clean(address.line2(), LONGEST_LINE);
        String city = clean(address.city(), LONGEST_CITY);
        String postalCode = clean(address.postalCode(), LONGEST_POSTAL_CODE);
        String country = clean(address.country(), LONGEST_LINE);
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw SelfServeException.invalid("ADDRESS_COUNTRY_INVALID", country);
            }
        }
        if (line1 == null && line2 == null && city == null && postalCode == null && country == null) {
            return null;
        }
        return new BillingAddress(line1, line2, city, postalCode, country);
    }

    private static String clean(String part, int longest) {
        if (part == null || part.isBlank()) {
            return null;
        }
        String stripped = part.strip();
        if (stripped.length() > longest) {
            throw SelfServeException.invalid("ADDRESS_TOO_LONG", LONGEST_LINE, LONGEST_CITY, LONGEST_POSTAL_CODE);
        }
        return stripped;
    }
}
