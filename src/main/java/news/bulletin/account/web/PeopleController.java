package news.bulletin.account.web;

import java.util.Map;
import news.bulletin.account.Accounts;
import news.bulletin.account.LastAdministratorException;
import news.bulletin.account.People;
import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;
import news.bulletin.account.StaffInvitations;
import news.bulletin.shared.BadRequestException;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators change roles and disable accounts at {@code /newsroom/people}. */
@Controller
class PeopleController {
    private final Accounts accounts;
    private final People people;
    private final StaffInvitations invitations;

    PeopleController(Accounts accounts, People people, StaffInvitations invitations) {
        this.accounts = accounts;
        this.people = people;
        this.invitations = invitations;
    }

    @GetMapping("/newsroom/people")
    String list(
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String refused,
            @RequestParam(required = false) @Nullable String invited,
            Model model) {
        PageNumber number = PageNumber.parseOrFirst(page);
        String problem =
                refused == null ? "" : "That would leave the site without an administrator, so nothing changed.";
        String notice = invited == null ? "" : "The invitation is on its way. The link in it works for a week.";
        model.addAttribute(
                "page", new PeoplePage(accounts.list(number), problem, people.staff(), Map.of(), Map.of(), notice));
        return "account/people";
    }

    @PostMapping("/newsroom/people/invite")
    String invite(
            @AuthenticationPrincipal SignedInPerson admin,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "CONTRIBUTOR") String role,
            Model model) {
        Role chosen;
        try {
            chosen = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            chosen = Role.READER;
        }
        Map<String, String> problems = invitations.invite(admin, name, email, chosen);
        if (problems.isEmpty()) {
            return "redirect:/newsroom/people?invited";
        }
        model.addAttribute(
                "page",
                new PeoplePage(
                        accounts.list(PageNumber.FIRST),
                        "",
                        people.staff(),
                        Map.of("name", name, "email", email, "role", role),
                        problems,
                        ""));
        return "account/people";
    }

    @PostMapping("/newsroom/people/{id}/role")
    String changeRole(
            @AuthenticationPrincipal SignedInPerson admin,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String role) {
        Role chosen;
        try {
            chosen = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown role");
        }
        return apply(() -> accounts.changeRole(admin, id, chosen));
    }

    @PostMapping("/newsroom/people/{id}/enabled")
    String setEnabled(
            @AuthenticationPrincipal SignedInPerson admin,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean enabled) {
        return apply(() -> accounts.setEnabled(admin, id, enabled));
    }

    private static String apply(Runnable change) {
        try {
            change.run();
            return "redirect:/newsroom/people";
        } catch (LastAdministratorException e) {
            return "redirect:/newsroom/people?refused";
        }
    }
}
