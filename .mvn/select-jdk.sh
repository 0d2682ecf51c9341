# Sourced by mvnw. The project needs JDK 21+ (Vaadin 25 is Java 21 bytecode; we compile for 25), while the
# default `java` on the district's Debian machines is 17. When JAVA_HOME is unset or too old, pick the newest
# JDK >= 21 under /usr/lib/jvm so that `./mvnw ...` works on a fresh machine without manual set-up.
crm_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
crm_current="${JAVA_HOME:-}"
if [ -z "$crm_current" ] && command -v java >/dev/null 2>&1; then
  crm_current="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
if [ -z "$crm_current" ] || [ "$(crm_java_major "$crm_current" || echo 0)" -lt 21 ] 2>/dev/null; then
  set +f
  for crm_candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*24* /usr/lib/jvm/*23* /usr/lib/jvm/*22* /usr/lib/jvm/*21*; do
    if [ -x "$crm_candidate/bin/javac" ] && [ "$(crm_java_major "$crm_candidate" || echo 0)" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$crm_candidate"; export JAVA_HOME
      break
    fi
  done
  set -f
fi
unset crm_current crm_candidate
