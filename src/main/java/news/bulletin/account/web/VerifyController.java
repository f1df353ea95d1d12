package news.bulletin.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.bulletin.account.Account;
import news.bulletin.account.AccountSettings;
import news.bulletin.account.LinkCheck;
import news.bulletin.account.Registration;
import news.bulletin.account.SignedInPerson;
import news.bulletin.web.ReturnPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The confirmation link from a mail. Opening it shows a button; only pressing it uses the link,
 * so mail scanners that fetch every link cannot confirm an address. Confirming signs the reader in,
 * since the link proves the address is theirs.
 */
@Controller
class VerifyController {
    private final Registration registration;
    private final AccountSettings settings;
    private final SessionSignIn sessions;

    VerifyController(Registration registration, AccountSettings settings, SessionSignIn sessions) {
        this.registration = registration;
        this.settings = settings;
        this.sessions = sessions;
    }

    @GetMapping("/account/verify")
    String confirmPage(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(name = "return", required = false) @Nullable String returnTo,
            @AuthenticationPrincipal @Nullable SignedInPerson viewer,
            Model model) {
        LinkCheck state = registration.check(token);
        if (state != LinkCheck.DONE) {
            model.addAttribute("page", new LinkProblemPage(state, "verify", viewer != null));
            return "account/linkProblem";
        }
        model.addAttribute("page", new VerifyPage(token, ReturnPaths.safe(returnTo)));
        return "account/verify";
    }

    @PostMapping("/account/verify")
    String verify(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(name = "return", required = false) @Nullable String returnTo,
            @AuthenticationPrincipal @Nullable SignedInPerson viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Registration.Verification result = registration.verify(token);
        if (result.state() != LinkCheck.DONE) {
            model.addAttribute("page", new LinkProblemPage(result.state(), "verify", viewer != null));
            return "account/linkProblem";
        }
        Account account = settings.find(result.personId()).orElseThrow();
        sessions.signIn(account.email(), request, response);
        return "redirect:" + ReturnPaths.safe(returnTo);
    }

    @PostMapping("/account/verify/resend")
    String resend(@AuthenticationPrincipal SignedInPerson viewer) {
        Account account = settings.find(viewer.personId()).orElseThrow();
        if (account.verified()) {
            return "redirect:/account?saved=verified";
        }
        registration.sendVerification(account.id(), account.email(), "/account");
        return "redirect:/register/sent";
    }
}
