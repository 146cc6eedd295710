# excel-lo.sh — LibreOffice (headless) for the Excel tests: sourced after
# lib.sh.  A private profile under $T; lo ARGS... runs soffice quietly;
# lo_fill TEMPLATE DATA OUT types DATA (tab-separated rows) into the first
# sheet of TEMPLATE from row 3 on, as a keyboard does (tests/data/excel/
# Fill.xba), and saves OUT as .xlsx.
command -v soffice >/dev/null 2>&1 || {
	echo "SKIP: soffice (libreoffice-calc-nogui) is not installed: no real Excel files"
	exit 77
}
LO_PROFILE="$T/lo"
lo() {
	soffice "-env:UserInstallation=file://$LO_PROFILE" --headless "$@" >"$T/lo.log" 2>&1 ||
		{ sed 's/^/  lo| /' "$T/lo.log" >&2; return 1; }
}
lo_timeout() { # lo_timeout SECONDS ARGS...: lo, killed after SECONDS
	secs=$1; shift
	timeout "$secs" soffice "-env:UserInstallation=file://$LO_PROFILE" --headless "$@" \
		>"$T/lo.log" 2>&1 || { sed 's/^/  lo| /' "$T/lo.log" >&2; return 1; }
}
lo_profile_fill() { # the Basic macro Fill in the private profile
	lib="$LO_PROFILE/user/basic/Standard"
	[ -f "$lib/Fill.xba" ] && return 0
	[ -d "$lib" ] || lo --terminate_after_init || return 1
	[ -f "$lib/script.xlb" ] || { echo "no Basic library in the LibreOffice profile" >&2; return 1; }
	cp "$SRC/tests/data/excel/Fill.xba" "$lib/Fill.xba"
	sed -i 's|</library:library>| <library:element library:name="Fill"/>\n</library:library>|' "$lib/script.xlb"
}
lo_fill() {
	# soffice may exit 1 ("Unspecified Application Error") while closing
	# after the macro has stored the file, and on a loaded machine it has
	# hung once and failed at once twice in a row with the same profile:
	# the file is what counts, each try is bounded, and from the third
	# try on each starts from a new profile (a distcheck at load 15 once
	# saw three failed tries in a row; the same test then passed there)
	for try in 1 2 3 4 5; do
		if [ "$try" -ge 3 ]; then
			echo "(a new LibreOffice profile for try $try)" >&2
			rm -rf "${LO_PROFILE:?}"
			sleep 2
		fi
		lo_profile_fill || continue
		t0=$(date +%s)
		FILL_TEMPLATE=$1 FILL_DATA=$2 FILL_OUT=$3 lo_timeout 300 \
			"vnd.sun.star.script:Standard.Fill.Fill?language=Basic&location=application" ||
			echo "(soffice try $try exited with an error after $(($(date +%s) - t0)) s; looking for the file anyway)" >&2
		[ -s "$3" ] && unzip -l "$3" >/dev/null 2>&1 && return 0
	done
	return 1
}
