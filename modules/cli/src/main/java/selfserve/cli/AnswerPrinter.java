package selfserve.cli;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints an answer of the API: its JSON as is ({@code --json}), or a table of the given MSCommerce fields. */
final class AnswerPrinter {

    private final PrintStream out;
    private final Messages messages;

    AnswerPrinter(PrintStream out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    /** @param columns field names as MSCommerce writes them; the JSON member is the same name in camelCase */
    void print(String body, List<String> columns, boolean json) {
        if (json) {
            out.println(body);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject item : items(body)) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                String value = JsonText.string(item, memberName(column));
                row.add(value == null ? "" : value);
            }
            rows.add(row);
        }
        out.print(TextTable.render(columns, rows));
    }

    /** A list answer is many rows, a single object one. */
    private List<JsonObject> items(String body) {
        try {
            JsonValue answer = JsonText.parse(body);
            if (answer.getValueType() == JsonValue.ValueType.ARRAY) {
                return answer.asJsonArray().getValuesAs(JsonObject.class);
            }
            return List.of(answer.asJsonObject());
        } catch (JsonException | ClassCastException e) {
            throw new CliException(ExitCodes.REFUSED, messages.get("error.unexpectedAnswer"));
        }
    }

    private static String memberName(String column) {
        return column.substring(0, 1).toLowerCase(Locale.ROOT) + column.substring(1);
    }
}
