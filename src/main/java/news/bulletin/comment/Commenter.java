package news.bulletin.comment;

import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;

/**
 * The signed-in person writing or reading comments.
 *
 * @param verified their address is confirmed, which commenting needs
 * @param role what they may do; editors and up are trusted and moderate
 */
public record Commenter(long personId, boolean verified, Role role) {
    public static Commenter of(SignedInPerson person) {
        return new Commenter(person.personId(), person.verified(), person.role());
    }

    public boolean moderates() {
        return role.includes(Role.EDITOR);
    }
}
