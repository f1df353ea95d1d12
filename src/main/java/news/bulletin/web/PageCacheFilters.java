package news.bulletin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the page cache in front of the application twice. The first filter, ahead of everything,
 * answers anonymous readers, most of the traffic, and signed-in readers whose sign-in it can read
 * from their session as Spring Security saved it; it also renders every page the cache keeps. Any
 * other request with a session or remembered sign-in passes the security filters first, to learn
 * who is reading, and is then answered from the same cache, with personal slots filled for a
 * signed-in reader.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheFilters {
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cachedPages(PageServing serving, SignInCookies signIn) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                serving.serve(request, response, chain, signIn.present(request));
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        // First of all, ahead even of request metrics: a cached page is the cheapest answer there is.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("cachedPages");
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signedInPages(PageServing serving, SignInCookies signIn) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (serving.eligible(request) && signIn.present(request)) {
                    Authentication reader = SecurityContextHolder.getContext().getAuthentication();
                    serving.serveAfterSecurity(
                            request, response, chain, reader != null && reader.getPrincipal() instanceof DisplayNamed);
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("signedInPages");
        return registration;
    }
}
