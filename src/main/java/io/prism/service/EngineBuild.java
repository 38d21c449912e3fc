package io.prism.service;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.stereotype.Component;

/**
 * The service build a calculation ran on, as its lineage names it: the version from the build's
 * {@code META-INF/build-info.properties} and the commit from {@code git.properties} (both written by the Maven
 * build; either is null when the build did not write it).
 */
@Component
public class EngineBuild {

    private final String version;
    private final String commit;

    public EngineBuild(ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git) {
        BuildProperties b = build.getIfAvailable();
        GitProperties g = git.getIfAvailable();
        this.version = b == null ? null : b.getVersion();
        this.commit = g == null ? null : g.getCommitId();
    }

    public String version() {
        return version;
    }

    public String commit() {
        return commit;
    }
}
