package selfserve.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Plain JDBC on the server's data source, for in-container tests that set up or inspect rows directly. */
final class Database {

    private Database() {
    }

    static Connection connect() {
        try {
            return ((DataSource) new InitialContext().lookup("jdbc/selfserve")).getConnection();
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException("No connection to jdbc/selfserve", e);
        }
    }

    /** The first column of every row. */
    static List<String> column(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int update(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
