package selfserve.portal.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads the JSON body of every request into its request record (SelfServe's own records only), after
 * {@link JsonShape} found it to be exactly of that record's shape. Broken JSON is a {@link JsonbException}, which
 * the problem mappers answer as {@code MALFORMED_JSON}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("selfserve.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entity) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(entity)) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException broken) {
            throw new JsonbException("The body is no JSON", broken);
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonShape.check(value, genericType, "");
        return JSONB.fromJson(value.toString(), genericType);
    }
}
