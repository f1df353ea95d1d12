package news.bulletin.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded Tomcat set-up: cached pages are answered as soon as a request is read, and Tomcat's own
 * error report never reaches a reader.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> cachedPagesValve(
            PageServing serving, SignInCookies signIn) {
        return factory -> factory.addEngineValves(new CachedPagesValve(serving, signIn));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        });
    }
}
