package selfserve.portal.rest.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import selfserve.identity.api.SelfServeException;

/**
 * Whether a JSON value has the shape of a Java type, as JSON-B would bind it, but strictly: JSON-B by default
 * ignores fields it does not know, turns a number into a string and cuts 1.5 or 10^20 down to an int. The first
 * difference is refused: a field it does not know as {@code UNKNOWN_FIELD} (naming it), a value of the wrong type
 * or out of range as {@code MALFORMED_JSON}, as JSON-B's own refusals are.
 */
final class JsonShape {

    private JsonShape() {
    }

    static void check(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw invalid(path);
            }
            return; // missing values are the records' and the services' to refuse
        }
        Class<?> raw = raw(type);
        if (raw == String.class || raw == UUID.class || raw.isEnum()) {
            require(value, JsonValue.ValueType.STRING, path);
        } else if (raw == int.class || raw == Integer.class) {
            whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == long.class || raw == Long.class) {
            whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw invalid(path);
            }
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
            require(value, JsonValue.ValueType.NUMBER, path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            require(value, JsonValue.ValueType.ARRAY, path);
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            int i = 0;
            for (JsonValue item : value.asJsonArray()) {
                check(item, element, path + "[" + i++ + "]");
            }
        } else if (raw.isRecord()) {
            require(value, JsonValue.ValueType.OBJECT, path);
            record(value.asJsonObject(), raw, path);
        }
        // Anything else (a date, say) is JSON-B's to read; it refuses what it cannot.
    }

    private static void record(JsonObject object, Class<?> type, String path) {
        Map<String, RecordComponent> components = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                throw SelfServeException.invalid("UNKNOWN_FIELD", fieldPath);
            }
            check(field.getValue(), component.getGenericType(), fieldPath);
        }
    }

    private static void whole(JsonValue value, String path, long least, long most) {
        require(value, JsonValue.ValueType.NUMBER, path);
        JsonNumber number = (JsonNumber) value;
        BigDecimal decimal = number.bigDecimalValue();
        if (!number.isIntegral() && decimal.stripTrailingZeros().scale() > 0
                || decimal.compareTo(BigDecimal.valueOf(least)) < 0 || decimal.compareTo(BigDecimal.valueOf(most)) > 0) {
            throw invalid(path);
        }
    }

    private static void require(JsonValue value, JsonValue.ValueType type, String path) {
        if (value.getValueType() != type) {
            throw invalid(path);
        }
    }

    private static SelfServeException invalid(String path) {
        return SelfServeException.invalid("MALFORMED_JSON", path.isEmpty() ? "(body)" : path);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
