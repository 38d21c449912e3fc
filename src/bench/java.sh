# Sourced by the bench scripts: java_21 prints the java of the first JDK 21+ it finds (JAVA_HOME first, then the
# usual install folders), as the Maven wrapper chooses one.
java_21() {
  for d in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/*; do
    [ -x "$d/bin/java" ] || continue
    v="$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    [ "${v:-0}" -ge 21 ] 2>/dev/null && { echo "$d/bin/java"; return; }
  done
  echo "no JDK 21+ found" >&2; exit 1
}
