package news.bulletin.account.web;

import java.util.Map;
import news.bulletin.web.ReturnPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows the sign-in form; Spring Security handles the POST. */
@Controller
class LoginController {
    private static final Map<String, String> NOTICES = Map.of(
            "welcome", "Your administrator account is ready. Sign in with the email and password you just chose.",
            "logout", "You have signed out.",
            "verified", "Your address is confirmed. Sign in to continue.",
            "reset", "Your new password is saved. Sign in with it.");

    private static final Map<String, String> PROBLEMS = Map.of(
            "error", "That email and password did not match an account. Check them and try again.",
            "throttled",
                    "Too many failed sign-ins. Wait 15 minutes and try again, or choose a new password with the link below.");

    @GetMapping("/login")
    String login(
            @RequestParam Map<String, String> parameters,
            @RequestParam(name = "return", required = false) @Nullable String returnTo,
            Model model) {
        String notice = pick(NOTICES, parameters);
        String problem = pick(PROBLEMS, parameters);
        String target = returnTo == null ? "" : ReturnPaths.safe(returnTo);
        model.addAttribute("page", new LoginPage(notice, problem, target));
        return "account/login";
    }

    private static String pick(Map<String, String> messages, Map<String, String> parameters) {
        return messages.entrySet().stream()
                .filter(entry -> parameters.containsKey(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }
}
