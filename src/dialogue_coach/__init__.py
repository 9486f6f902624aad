"""dialogue_coach: is a social-media post dialogue or broadcast, and why."""
