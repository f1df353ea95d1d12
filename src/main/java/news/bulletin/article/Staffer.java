package news.bulletin.article;

import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;
import news.bulletin.audit.Auditor;

/** The member of staff a newsroom command acts for; their role decides what the command may do. */
public record Staffer(long personId, String name, Role role) {
    public static Staffer of(SignedInPerson person) {
        return new Staffer(person.personId(), person.displayName(), person.role());
    }

    Auditor auditor() {
        return new Auditor(personId, name);
    }
}
