package io.cureflow.account.internal;

import io.cureflow.account.ContactPointView;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads a case's contact in one plain statement, one row per contact point. The compliance gate asks for it before
 * every contact, so it skips the JPA query machinery and leaves nothing in the persistence context. Changes the
 * transaction's JPA session has not written yet (a contact point just added) are flushed first, as a JPA query would.
 */
@Component
class CaseContactQuery {

    private static final String CONTACT_ROWS = """
            select c.id as case_id, a.id as account_id, a.external_id, b.id as borrower_id, b.first_name, b.last_name,
                   b.language, b.state, b.zip, b.time_zone, a.creditor, a.product, a.balance, a.amount_past_due,
                   a.currency, a.delinquent_since, p.id as point_id, p.kind, p.contact_value, p.line_type, p.consent,
                   p.opted_out
              from collection_case c
              join account a on a.id = c.account_id
              join borrower b on b.id = a.borrower_id
              left join contact_point p on p.borrower_id = b.id
             where c.id = ?
             order by p.id""";

    private static final RowMapper<CaseContactRow> ROW = (rs, row) -> {
        String kind = rs.getString("kind");
        return new CaseContactRow(rs.getLong("case_id"), rs.getLong("account_id"), rs.getString("external_id"),
                rs.getLong("borrower_id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("language"), rs.getString("state"), rs.getString("zip"), rs.getString("time_zone"),
                rs.getString("creditor"), rs.getString("product"), rs.getBigDecimal("balance"),
                rs.getBigDecimal("amount_past_due"), rs.getString("currency"),
                rs.getObject("delinquent_since", LocalDate.class), rs.getObject("point_id", Long.class),
                kind == null ? null : ContactPointView.Kind.valueOf(kind), rs.getString("contact_value"),
                rs.getString("line_type"), rs.getObject("consent", Boolean.class),
                rs.getObject("opted_out", Boolean.class));
    };

    private final JdbcTemplate jdbc;
    private final EntityManager session;

    CaseContactQuery(JdbcTemplate jdbc, EntityManager session) {
        this.jdbc = jdbc;
        this.session = session;
    }

    List<CaseContactRow> rowsOf(long caseId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            session.flush();
        }
        return jdbc.query(CONTACT_ROWS, ROW, caseId);
    }
}
