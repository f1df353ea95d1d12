/**
 * HTTP infrastructure shared by every page: security, the {@link news.bulletin.web.Layout} around
 * each page, asset URLs and the error pages.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package news.bulletin.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
