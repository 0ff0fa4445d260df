package selfserve.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain table like PowerShell's Format-Table: headers, a dashed line under each, columns aligned by the width
 * a terminal gives each character (Chinese characters take two cells).
 */
final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    static String render(List<String> headers, List<List<String>> rows) {
        List<List<String>> cleanRows = new ArrayList<>();
        for (List<String> row : rows) {
            cleanRows.add(row.stream().map(TextTable::printable).toList());
        }
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = width(headers.get(column));
            for (List<String> row : cleanRows) {
                widths[column] = Math.max(widths[column], width(row.get(column)));
            }
        }
        StringBuilder table = new StringBuilder();
        appendLine(table, headers, widths);
        appendLine(table, headers.stream().map(header -> "-".repeat(width(header))).toList(), widths);
        for (List<String> row : cleanRows) {
            appendLine(table, row, widths);
        }
        return table.toString();
    }

    private static void appendLine(StringBuilder table, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            line.append(cell);
            if (column < cells.size() - 1) {
                line.append(" ".repeat(widths[column] - width(cell))).append(GAP);
            }
        }
        table.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    /** Server text on one line and without control characters, which could move the cursor or recolour the terminal. */
    static String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString();
    }

    /** Terminal cells: East Asian wide and fullwidth characters take two. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F
                || c >= 0x2E80 && c <= 0x303E
                || c >= 0x3041 && c <= 0x33FF
                || c >= 0x3400 && c <= 0x4DBF
                || c >= 0x4E00 && c <= 0x9FFF
                || c >= 0xA000 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
