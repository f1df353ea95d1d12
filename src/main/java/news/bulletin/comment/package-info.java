/** Readers' comments: threads under each story, the rules that hold or refuse them, and moderation. */
@ApplicationModule(allowedDependencies = {"shared", "web", "article", "account", "mail"})
@NullMarked
package news.bulletin.comment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
