from ckg.cli import main

raise SystemExit(main())
