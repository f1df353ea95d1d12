/**
 * Outgoing mail: through SMTP when {@code spring.mail.host} is set, otherwise into a dev outbox that
 * is logged and listed for administrators, so every mail flow works on a fresh machine.
 */
@ApplicationModule(allowedDependencies = {"shared", "web"})
@NullMarked
package news.bulletin.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
