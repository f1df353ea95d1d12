package news.bulletin.account.web;

import java.util.List;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Person;
import news.bulletin.account.Role;
import news.bulletin.shared.Paging;

/**
 * The administrators' list of accounts.
 *
 * @param problem why the last change was refused, or empty
 * @param staff everyone with an author page, for editing profiles
 * @param invite what was typed into the invitation form when it was refused
 * @param inviteProblems what was wrong with it, by field
 * @param notice what was just done, or empty
 */
public record PeoplePage(
        Paging<Account> accounts,
        String problem,
        List<Person> staff,
        Map<String, String> invite,
        Map<String, String> inviteProblems,
        String notice) {

    public List<Role> staffRoles() {
        return List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR, Role.ADMIN);
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }
}
