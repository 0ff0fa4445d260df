package selfserve.notifications.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.NoticeWording;

/**
 * The portal's real bundles, read from its source folder, worded as the portal's Translations does
 * (MessageFormat in the language), so the unit tests render exactly what the server will send.
 */
final class BundleWording implements NoticeWording {

    private static final Path BUNDLES = Path.of("../portal/src/main/resources/selfserve/portal/i18n");
    private final Map<SupportedLocale, Properties> bundles = new EnumMap<>(SupportedLocale.class);

    BundleWording() {
        for (SupportedLocale language : SupportedLocale.values()) {
            String suffix = language == SupportedLocale.ENGLISH ? "" : "_" + language.tag().replace('-', '_');
            bundles.put(language, load(BUNDLES.resolve("messages" + suffix + ".properties")));
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public String text(String key, SupportedLocale language, Object... arguments) {
        String pattern = bundles.get(language).getProperty(key);
        if (pattern == null) {
            throw new AssertionError("No " + key + " in " + language.tag());
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
