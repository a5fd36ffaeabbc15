package assets

import _ "embed" // the icon below is embedded with go:embed

// Icon is the application icon (icon.png, rendered from icon.svg), a 512×512 PNG. The
// window shows it in the title bar and task bar, the navigation next to the app's name.
//
//go:embed icon.png
var Icon []byte
