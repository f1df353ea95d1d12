/** Readers and staff: people, roles, sign-in and the owner's first-run set-up. */
@ApplicationModule(allowedDependencies = {"shared", "web", "mail", "audit"})
@NullMarked
package news.bulletin.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
