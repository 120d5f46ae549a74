"""The "Invitations & replies" section: circulars, invitations, replies, deadlines."""
