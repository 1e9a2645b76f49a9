console.log("postinstall pending")
