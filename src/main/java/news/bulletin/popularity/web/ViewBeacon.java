package news.bulletin.popularity.web;

import jakarta.servlet.http.HttpServletRequest;
import news.bulletin.account.SignedInPerson;
import news.bulletin.popularity.ViewCounter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where article pages report a view ({@code navigator.sendBeacon}). It always answers 204 at once;
 * a view from a crawler, from staff, of an unknown story or past an address's limit is not counted.
 */
@RestController
class ViewBeacon {
    private final ViewCounter counter;

    ViewBeacon(ViewCounter counter) {
        this.counter = counter;
    }

    @PostMapping("/popularity/view")
    ResponseEntity<Void> view(
            @RequestParam(name = "a", defaultValue = "") String article,
            @RequestHeader(name = "User-Agent", defaultValue = "") String userAgent,
            HttpServletRequest request) {
        if (article.length() <= 18
                && article.chars().allMatch(Character::isDigit)
                && !article.isEmpty()
                && !ViewCounter.isBot(userAgent)
                && !isStaff()) {
            counter.count(Long.parseLong(article), request.getRemoteAddr());
        }
        return ResponseEntity.noContent().build();
    }

    private static boolean isStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof SignedInPerson person
                && person.role().isStaff();
    }
}
