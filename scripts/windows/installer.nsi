; The Windows installer, built by scripts/package-windows.sh with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DSTAGE=dir -DOUTFILE=setup.exe -DICON=icon.ico installer.nsi
; Per-user, without administrator rights; Chinese throughout. It refuses to install where the
; WebView2 runtime is missing (the window would stay blank) unless -DWEBVIEW2_INSTALLER names
; Microsoft's offline WebView2 installer to carry along and run first.

; A 64-bit installer for the 64-bit program (Windows refuses it on a 32-bit PC by itself).
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define APPNAME "推进委员会办公室工作台"
!define EXE "committee-desk.exe"
!define IDENT "cn.committee-desk.app"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${IDENT}"
!define WEBVIEW2_KEY "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
; The window class the running program registers (tauri-plugin-single-instance: "<identifier>-sic").
!define RUNNING_CLASS "${IDENT}-sic"
!define DATA_NOTE "办公室的数据（数据库、附件、收回的报表）保存在$\r$\n$APPDATA\${IDENT}$\r$\n卸载不会删除这些数据；重新安装后会继续使用。"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\${IDENT}" "InstallDir"
BrandingText "${APPNAME} ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
; The welcome and finish pages' side panel: the program's icon on its own red (makensis
; reads the script from its own folder, so the name is relative to it).
!define MUI_WELCOMEFINISHPAGE_BITMAP "wizard.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "wizard.bmp"
!define MUI_ABORTWARNING
!define MUI_ABORTWARNING_TEXT "确定要退出安装吗？"

!define MUI_WELCOMEPAGE_TITLE "安装${APPNAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "本程序供推进委员会（领导小组）办公室管理成员单位、组成人员和联络员，安排会议、撰写纪要、督办议定事项，并收集、打印、导出每月的信息收集汇总表。$\r$\n$\r$\n安装只用于当前 Windows 用户，不需要管理员权限，不需要联网。$\r$\n$\r$\n点击“下一步”继续。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "${APPNAME}已安装，开始菜单和桌面上都有它的快捷方式。$\r$\n$\r$\n${DATA_NOTE}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "现在启动${APPNAME}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从下面的文件夹卸载${APPNAME}的程序文件。$\r$\n${DATA_NOTE}"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "${APPNAME}已卸载"
!define MUI_FINISHPAGE_TEXT "程序文件和快捷方式已删除。$\r$\n$\r$\n${DATA_NOTE}"
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APPNAME}安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "MIT 许可"

; Quits with exit code 2 (also in a silent install) when the program is open: its files are in use.
!macro RefuseWhileRunning
  FindWindow $0 "${RUNNING_CLASS}"
  ${If} $0 <> 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "${APPNAME}正在运行。请先关闭它，再重新运行本程序。" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
!macroend

; $0 = the installed WebView2 runtime's version, or "" when there is none. Machine-wide
; installs are in HKLM's 32-bit view (WOW6432Node), per-user ones under HKCU.
Function WebView2Version
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_KEY}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WEBVIEW2_KEY}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
FunctionEnd

Function RequireWebView2
  Call WebView2Version
  ${If} $0 != ""
    Return
  ${EndIf}
!ifdef WEBVIEW2_INSTALLER
  File "/oname=$PLUGINSDIR\MicrosoftEdgeWebView2RuntimeInstallerX64.exe" "${WEBVIEW2_INSTALLER}"
  DetailPrint "正在安装 Microsoft Edge WebView2 运行时……"
  ExecWait '"$PLUGINSDIR\MicrosoftEdgeWebView2RuntimeInstallerX64.exe" /silent /install'
  Call WebView2Version
  ${If} $0 != ""
    Return
  ${EndIf}
!endif
  MessageBox MB_OK|MB_ICONSTOP "这台电脑缺少 Microsoft Edge WebView2 运行时，${APPNAME}需要它来显示窗口，因此没有安装。$\r$\n$\r$\n请单位的信息化人员在能上网的电脑上，从微软官网的 WebView2 下载页面（搜索“WebView2 Runtime”）下载“独立安装程序 x64”（文件名类似 MicrosoftEdgeWebView2RuntimeInstallerX64.exe），用 U 盘拷到这台电脑上运行，然后重新运行本安装程序。$\r$\n$\r$\nWindows 10（2021 年以后的更新）和 Windows 11 通常已自带该组件。" /SD IDOK
  SetErrorLevel 2
  Quit
FunctionEnd

Function .onInit
  !insertmacro RefuseWhileRunning
  InitPluginsDir
  Call RequireWebView2
FunctionEnd

Section "程序" SecMain
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${STAGE}\${EXE}"
  ; Only the mingw build loads it at run time; an MSVC build links it in and has no such file.
  File /nonfatal "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\LICENSE.txt"
  SetOutPath "$INSTDIR\fonts"
  File /r "${STAGE}\fonts\*.*"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortCut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "Software\${IDENT}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  !insertmacro RefuseWhileRunning
FunctionEnd

; Removes the program's own files only: the data folder under %APPDATA% stays.
Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\LICENSE.txt"
  RMDir /r "$INSTDIR\fonts"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${IDENT}"
  DetailPrint "数据保存在 $APPDATA\${IDENT}，未删除。"
SectionEnd
