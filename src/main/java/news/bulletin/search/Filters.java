package news.bulletin.search;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The section, author and date conditions both indexes add to their match, in SQL both engines read alike. */
final class Filters {
    private Filters() {}

    static String sql(SearchFilter filter) {
        StringBuilder sql = new StringBuilder();
        if (filter.sectionId() != null) {
            sql.append(" AND a.section_id = :section");
        }
        if (filter.authorId() != null) {
            sql.append(" AND a.id IN (SELECT article_id FROM bylines WHERE person_id = :author)");
        }
        if (filter.from() != null) {
            sql.append(" AND a.first_published_at >= :from");
        }
        if (filter.until() != null) {
            sql.append(" AND a.first_published_at < :until");
        }
        return sql.toString();
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SearchFilter filter) {
        if (filter.sectionId() != null) {
            statement = statement.param("section", filter.sectionId());
        }
        if (filter.authorId() != null) {
            statement = statement.param("author", filter.authorId());
        }
        if (filter.from() != null) {
            statement = statement.param("from", filter.from().toEpochMilli());
        }
        if (filter.until() != null) {
            statement = statement.param("until", filter.until().toEpochMilli());
        }
        return statement;
    }
}
