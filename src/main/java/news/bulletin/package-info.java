/** Bulletin: a news publishing platform, packaged by feature; each top-level package is a module. */
@NullMarked
package news.bulletin;

import org.jspecify.annotations.NullMarked;
