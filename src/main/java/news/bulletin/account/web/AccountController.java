package news.bulletin.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.AccountSettings;
import news.bulletin.account.LastAdministratorException;
import news.bulletin.account.PasswordPolicy;
import news.bulletin.account.SignedInPerson;
import news.bulletin.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reader's account page at {@code /account}: name, address, password, notifications, deletion. */
@Controller
class AccountController {
    private static final Map<String, String> NOTICES = Map.of(
            "name", "Your name is saved.",
            "email", "We have sent a link to the new address. It takes effect when you open it.",
            "password", "Your password is changed.",
            "notifications", "Your notification choice is saved.",
            "verified", "Your address is already confirmed. To change it, use the email form below.");

    private final AccountSettings settings;
    private final PasswordPolicy policy;
    private final SessionSignIn sessions;

    AccountController(AccountSettings settings, PasswordPolicy policy, SessionSignIn sessions) {
        this.settings = settings;
        this.policy = policy;
        this.sessions = sessions;
    }

    @GetMapping("/account")
    String show(
            @AuthenticationPrincipal SignedInPerson viewer,
            @RequestParam(required = false) @Nullable String saved,
            Model model) {
        model.addAttribute(
                "page", AccountPage.of(account(viewer), saved == null ? "" : NOTICES.getOrDefault(saved, "")));
        return "account/account";
    }

    @PostMapping("/account/name")
    String rename(
            @AuthenticationPrincipal SignedInPerson viewer,
            @RequestParam(defaultValue = "") String name,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            return rejected(viewer, trimmed, null, "name", "Enter a name of 1 to 80 characters.", model);
        }
        settings.rename(viewer.personId(), trimmed);
        sessions.signIn(viewer.getUsername(), request, response);
        return "redirect:/account?saved=name";
    }

    @PostMapping("/account/email")
    String changeEmail(
            @AuthenticationPrincipal SignedInPerson viewer,
            @RequestParam(defaultValue = "") String email,
            Model model) {
        String trimmed = email.trim();
        if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || trimmed.length() > 254) {
            return rejected(viewer, null, trimmed, "email", "Enter an email address like name@example.com.", model);
        }
        settings.changeEmail(viewer.personId(), trimmed);
        return "redirect:/account?saved=email";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal SignedInPerson viewer,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var problem = policy.problem(newPassword, viewer.getUsername());
        if (problem.isPresent()) {
            return rejected(viewer, null, null, "newPassword", problem.get(), model);
        }
        if (!settings.changePassword(viewer.personId(), currentPassword, newPassword)) {
            return rejected(viewer, null, null, "currentPassword", "That is not your current password.", model);
        }
        sessions.signIn(viewer.getUsername(), request, response);
        return "redirect:/account?saved=password";
    }

    @PostMapping("/account/notifications")
    String notifications(
            @AuthenticationPrincipal SignedInPerson viewer,
            @RequestParam(defaultValue = "false") boolean notifyReplies) {
        settings.notifyReplies(viewer.personId(), notifyReplies);
        return "redirect:/account?saved=notifications";
    }

    @PostMapping("/account/delete")
    String delete(
            @AuthenticationPrincipal SignedInPerson viewer,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            if (!settings.delete(viewer.personId(), password)) {
                return rejected(viewer, null, null, "deletePassword", "That is not your password.", model);
            }
        } catch (LastAdministratorException e) {
            return rejected(
                    viewer,
                    null,
                    null,
                    "deletePassword",
                    "You are the site's only administrator. Make someone else an administrator first.",
                    model);
        }
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/?account-deleted";
    }

    private String rejected(
            SignedInPerson viewer,
            @Nullable String name,
            @Nullable String email,
            String field,
            String message,
            Model model) {
        Account account = account(viewer);
        model.addAttribute(
                "page",
                new AccountPage(
                        account,
                        name == null ? account.name() : name,
                        email == null ? account.email() : email,
                        new FormErrors(Map.of(field, message)),
                        ""));
        return "account/account";
    }

    private Account account(SignedInPerson viewer) {
        return settings.find(viewer.personId()).orElseThrow();
    }
}
