"""The browser policies every answer carries: Content-Security-Policy and Permissions-Policy.

settings.py imports them by name; dccs_site/security.py chooses the staff policy for
signed-in staff. Nothing here reads the environment.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE

# Content-Security-Policy (django-csp 4). The public get this strict policy:
# no inline script or style anywhere in the site's own templates.
_CSP_PUBLIC = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
    "frame-src": [NONE],
    "manifest-src": [SELF],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _CSP_PUBLIC}
# Signed-in staff: what the CMS's editing needs, and no more (see DESIGN.md).
# script-src never needs 'unsafe-inline' or 'unsafe-eval'.
CONTENT_SECURITY_POLICY_STAFF = {
    "DIRECTIVES": {
        **_CSP_PUBLIC,
        # the plugin editor, page settings, create wizard and sideframe are iframes
        "frame-ancestors": [SELF],
        "frame-src": [SELF],
        # TipTap, the page tree and the version diff inject <style> from JavaScript
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        # the one inline script the CMS needs: the version comparison's source
        # view (prettydiff, djangocms-versioning 2.x); a new release may change it
        "script-src": [SELF, "'sha256-/IFTY5oHvTdSNPfHagH5Jd1j3jBQGFP3Z/2aLQSi8Uk='"],
    }
}

# Browser features the site never uses, refused for every page and any frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}
