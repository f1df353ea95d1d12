package news.bulletin.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/** Opens the confirmation link from a mail, and sends a new one when asked. */
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
        String target = ReturnPaths.safe(returnTo);
        if (viewer != null && viewer.personId() == result.personId()) {
            Account account = settings.find(result.personId()).orElseThrow();
            sessions.signIn(account.email(), request, response);
            return "redirect:" + target;
        }
        return "redirect:/login?verified&return=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    @PostMapping("/account/verify/resend")
    String resend(@AuthenticationPrincipal SignedInPerson viewer) {
        Account account = settings.find(viewer.personId()).orElseThrow();
        if (!account.verified()) {
            registration.sendVerification(account.id(), account.email(), "/account");
        }
        return "redirect:/register/sent";
    }
}
