package news.bulletin.popularity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import news.bulletin.account.SignedInPerson;
import news.bulletin.popularity.ViewCounter;
import news.bulletin.web.SignInCookies;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where article pages report a view ({@code navigator.sendBeacon}). It always answers 204 at once;
 * a view from a crawler, from staff, of an unknown story or past an address's limit is not counted.
 * Nearly every beacon comes from an anonymous reader and is answered ahead of every other filter;
 * one with a session passes the security filters first, so staff can be told apart.
 */
@RestController
class ViewBeacon {
    static final String PATH = "/popularity/view";

    private final ViewCounter counter;

    ViewBeacon(ViewCounter counter) {
        this.counter = counter;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> view(
            @RequestParam(name = "a", defaultValue = "") String article,
            @RequestHeader(name = "User-Agent", defaultValue = "") String userAgent,
            HttpServletRequest request) {
        if (!isStaff()) {
            count(article, userAgent, request.getRemoteAddr());
        }
        return ResponseEntity.noContent().build();
    }

    private void count(String article, String userAgent, String address) {
        if (article.length() <= 18
                && article.chars().allMatch(Character::isDigit)
                && !article.isEmpty()
                && !ViewCounter.isBot(userAgent)) {
            counter.count(Long.parseLong(article), address);
        }
    }

    private static boolean isStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof SignedInPerson person
                && person.role().isStaff();
    }

    @Configuration(proxyBeanMethods = false)
    static class AnonymousBeacons {
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> anonymousBeacons(ViewBeacon beacon, SignInCookies signIn) {
            var filter = new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    if ("POST".equals(request.getMethod())
                            && PATH.equals(request.getRequestURI())
                            && !signIn.present(request)) {
                        String article = request.getParameter("a");
                        String userAgent = request.getHeader("User-Agent");
                        beacon.count(
                                article == null ? "" : article,
                                userAgent == null ? "" : userAgent,
                                request.getRemoteAddr());
                        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    } else {
                        chain.doFilter(request, response);
                    }
                }
            };
            var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            registration.setName("anonymousBeacons");
            registration.addUrlPatterns(PATH);
            return registration;
        }
    }
}
