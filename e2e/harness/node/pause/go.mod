module flotilla.local/pause

go 1.24
