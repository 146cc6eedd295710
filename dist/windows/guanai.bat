@echo off
rem guanai.bat - opens guanai in a console window of its own: 80 x 25,
rem the Chinese font NSimSun.  The window's settings are the registry values
rem under HKCU\Console\guanai (guanai-console.reg), which Windows applies to
rem every console window titled "guanai"; "start" gives it that title.
rem Only the current user's settings are written: no administrator needed.
rem (This file is ASCII: cmd.exe reads it in the OEM code page.)
setlocal
cd /d "%~dp0"
reg import "%~dp0guanai-console.reg" >nul 2>&1
if errorlevel 1 echo guanai: the console settings could not be written; the window may be small.
set TERM=
start "guanai" "%~dp0guanai.exe" %*
