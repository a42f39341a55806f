module flotilla.local/probe

go 1.24
