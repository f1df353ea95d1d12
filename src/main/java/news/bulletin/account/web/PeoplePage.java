package news.bulletin.account.web;

import java.util.List;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.shared.Paging;

/**
 * The administrators' list of accounts.
 *
 * @param problem why the last change was refused, or empty
 */
public record PeoplePage(Paging<Account> accounts, String problem) {
    public List<Role> roles() {
        return List.of(Role.values());
    }
}
