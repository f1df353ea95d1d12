/**
 * The database seam: SQLite set-up for the embedded default, and the few places where SQLite and
 * PostgreSQL differ.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package news.bulletin.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
