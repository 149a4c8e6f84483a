/* Stands in for Microsoft's offline WebView2 installer in scripts/test-windows.sh, and is never
 * shipped: it registers a runtime version where the real one does for a per-user install, so
 * that the installer's branch carrying WebView2 along can be tested under wine. */
#include <windows.h>
#include <wchar.h>

int main(void) {
    const wchar_t *key = L"Software\\Microsoft\\EdgeUpdate\\Clients\\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}";
    const wchar_t *version = L"131.0.2903.70";
    DWORD size = (DWORD)((wcslen(version) + 1) * sizeof(wchar_t));
    return RegSetKeyValueW(HKEY_CURRENT_USER, key, L"pv", REG_SZ, version, size) == ERROR_SUCCESS ? 0 : 1;
}
