/** The small kernel every module may use: site settings, slugs, paging, not-found errors and the clock. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package news.bulletin.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
