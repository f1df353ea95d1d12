/** Full-text search over published stories, on SQLite (FTS5) or PostgreSQL (tsvector), and the search page. */
@ApplicationModule(allowedDependencies = {"shared", "platform", "web", "account", "article"})
@NullMarked
package news.bulletin.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
