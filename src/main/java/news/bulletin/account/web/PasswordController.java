package news.bulletin.account.web;

import java.util.Map;
import news.bulletin.account.LinkCheck;
import news.bulletin.account.PasswordPolicy;
import news.bulletin.account.PasswordResets;
import news.bulletin.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten passwords: ask for a link at {@code /password/forgot}, choose a new one at {@code /password/reset}. */
@Controller
class PasswordController {
    private final PasswordResets resets;
    private final PasswordPolicy policy;

    PasswordController(PasswordResets resets, PasswordPolicy policy) {
        this.resets = resets;
        this.policy = policy;
    }

    @GetMapping("/password/forgot")
    String forgot(@RequestParam(required = false) @Nullable String sent, Model model) {
        model.addAttribute("page", new ForgotPage(new ForgotForm(""), FormErrors.none(), sent != null));
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String requestLink(@ModelAttribute ForgotForm form, Model model) {
        if (!form.email().contains("@") || form.email().length() > 254) {
            model.addAttribute(
                    "page",
                    new ForgotPage(
                            form,
                            new FormErrors(Map.of("email", "Enter an email address like name@example.com.")),
                            false));
            return "account/forgot";
        }
        resets.request(form.email());
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        LinkCheck state = resets.check(token);
        if (state != LinkCheck.DONE) {
            return problem(state, model);
        }
        model.addAttribute("page", new ResetPage(token, FormErrors.none()));
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        var problem = policy.problem(password, "");
        if (problem.isPresent()) {
            LinkCheck state = resets.check(token);
            if (state != LinkCheck.DONE) {
                return problem(state, model);
            }
            model.addAttribute("page", new ResetPage(token, new FormErrors(Map.of("password", problem.get()))));
            return "account/reset";
        }
        LinkCheck state = resets.reset(token, password);
        return state == LinkCheck.DONE ? "redirect:/login?reset" : problem(state, model);
    }

    private static String problem(LinkCheck state, Model model) {
        model.addAttribute("page", new LinkProblemPage(state, "reset", false));
        return "account/linkProblem";
    }
}
